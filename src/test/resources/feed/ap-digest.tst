a0201-----
r a BC-US--News-Digest   04-02 0260
^BC-US--News-Digest,260< 
^AP News Digest< 
^Eds: Three short items for Wednesday AMs.< 
	   HARBOR-DREDGING
	   SALEM, Mass. (AP) _ Work to dredge the harbor channel will start next week, the city said Tuesday. 
	   The work will close the north pier for a month. 
	   ___ 
	   STATE-FAIR
	   CONCORD, N.H. (AP) _ The state fair will add a third weekend this year, organizers said. 
	   ``People asked for it,'' said fair director Lou Baker. 
	   ___ 
	   TOWN-ELECTION
	   MONTPELIER, Vt. (AP) _ Voters re-elected the mayor on Tuesday by 41 votes. 

	   AP-WF-04-02-19 0212GMT<



a0101-----
r a BC-US--Mill-Bridge 1stLd-Writethru   03-12 0310
^BC-US--Mill-Bridge, 1st Ld-Writethru,310< 
^Town votes to rebuild old mill bridge< 
^Eds: Updates with vote. With AP Photos.< 
^AP Photo VTMB101< 
^By JANE DOE= 
^Associated Press= 
	   MILLBROOK, Vt. (AP) _ The town council voted 5-2 on Tuesday to rebuild the Old Mill Bridge. 
	   ``We owe it to the people who cross that river every day,'' Mayor Tom Reed said. 
	   Work is expected to begin in April. 

	   AP-WF-03-12-19 0402GMT<


a0102-----
u s BC-BBO--Lakers-Storm Urgent   03-12 0120
^BC-BBO--Lakers-Storm, Urgent,120< 
^Storm postpones lakeside opener< 
^By JOHN ROE= 
^AP Sports Writer= 
	   BURLINGTON, Vt. (AP) _ A late snowstorm postponed Saturday's opener at Lakeside Park. 
	   The game will be played Sunday. 

	   AP-WF-03-12-19 0410GMT<



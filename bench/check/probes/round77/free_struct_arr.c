/* TRUTH: free — thread i writes s[i].x and s[i].y; structs distinct */
#include <pthread.h>
struct S { int x, y; } s[4];
void *t(void *arg){ struct S *p=arg; p->x=1; p->y=p->x+1; return 0; }
int main(void){ pthread_t th[4]; for(int i=0;i<4;i++) pthread_create(&th[i],0,t,&s[i]);
 for(int i=0;i<4;i++) pthread_join(th[i],0); return s[0].y; }

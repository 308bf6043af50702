/* TRUTH: racy — thread gets &s[i] and also writes (p+1)->x; thread i and i+1 both write s[i+1].x */
#include <pthread.h>
struct S { int x, y; } s[5];
void *t(void *arg){ struct S *p=arg; p->x=1; (p+1)->x=2; return 0; }
int main(void){ pthread_t th[4]; for(int i=0;i<4;i++) pthread_create(&th[i],0,t,&s[i]);
 for(int i=0;i<4;i++) pthread_join(th[i],0); return s[0].y; }

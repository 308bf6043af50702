/* TRUTH: free — -1 < sizeof(int) is false (usual arithmetic conversion to unsigned), so else-branch abort always runs */
#include <pthread.h>
#include <stdlib.h>
int x;
void *t1(void *a){ int k=-1; if(k < sizeof(int)) { } else abort(); x=1; return 0; }
void *t2(void *a){ int y=x; (void)y; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }

/* TRUTH: free — t1 writes a[250..255] and a[0..3] (wrap), t2 writes a[4] which t1 never touches */
#include <pthread.h>
int a[256];
void *t1(void *p){ for(unsigned char j=250; j!=4; j++) a[j]=1; return 0; }
void *t2(void *p){ a[4]=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return a[0]; }

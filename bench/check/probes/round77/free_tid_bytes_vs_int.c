/* TRUTH: free — threads i=0..3 write byte i of arr (all inside arr[0]) via unsigned char pointer; thread w writes arr[1] (bytes 4..7) */
#include <pthread.h>
int arr[4];
void *t(void *arg){ int i=(int)(long)arg; ((unsigned char*)arr)[i]=1; return 0; }
void *w(void *arg){ arr[1]=5; return 0; }
int main(void){ pthread_t th[4], h; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 pthread_create(&h,0,w,0); for(int i=0;i<4;i++) pthread_join(th[i],0); pthread_join(h,0); return 0; }

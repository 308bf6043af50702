/* TRUTH: racy — threads i=0..3 write bytes 0..3 of arr (i.e. arr[0]); thread w writes arr[0] */
#include <pthread.h>
int arr[4];
void *t(void *arg){ int i=(int)(long)arg; ((unsigned char*)arr)[i]=1; return 0; }
void *w(void *arg){ arr[0]=5; return 0; }
int main(void){ pthread_t th[4], h; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 pthread_create(&h,0,w,0); for(int i=0;i<4;i++) pthread_join(th[i],0); pthread_join(h,0); return 0; }

/* TRUTH: free — nested loops create th[2*i+j] with arg 2*i+j, joins all 4 */
#include <pthread.h>
int a[4];
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
int main(void){ pthread_t th[4]; for(int i=0;i<2;i++) for(int j=0;j<2;j++) pthread_create(&th[2*i+j],0,t,(void*)(long)(2*i+j));
 for(int k=0;k<4;k++) pthread_join(th[k],0); return a[1]; }

/* TRUTH: free — join loop with switch on j joins each th[j] in every case */
#include <pthread.h>
int a[4];
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
int main(void){ pthread_t th[4]; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 for(int j=0;j<4;j++){ switch(j){ case 0: case 2: pthread_join(th[j],0); break; default: pthread_join(th[j],0); } } return a[3]; }

/* TRUTH: free — continue only when create failed (no thread started), otherwise joined */
#include <pthread.h>
int x;
void *f(void *a){ x++; return 0; }
int main(void){ pthread_t t; for (int i=0;i<4;i++){ if (pthread_create(&t,0,f,0)!=0) continue; pthread_join(t,0);} return x; }

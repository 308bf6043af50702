/* TRUTH: racy — workers get a pointer to the loop index i which main keeps modifying */
#include <pthread.h>
int out[8];
void *f(void *a){ int i = *(int*)a; out[i & 7] = 1; return 0; }
int main(void){ pthread_t t[8]; int i; for (i=0;i<8;i++) pthread_create(&t[i],0,f,&i); for (int j=0;j<8;j++) pthread_join(t[j],0); return 0; }

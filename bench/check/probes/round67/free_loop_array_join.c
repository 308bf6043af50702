/* TRUTH: free — join through t[i] right after create, still one instance at a time (rule excludes array joins; definite would be wrong) */
#include <pthread.h>
int x;
void *f(void *a){ x++; return 0; }
int main(void){ pthread_t t[4]; for (int i=0;i<4;i++){ pthread_create(&t[i],0,f,0); pthread_join(t[i],0);} return x; }

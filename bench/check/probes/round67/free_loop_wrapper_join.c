/* TRUTH: free — join through wrapper parameter, still sequential */
#include <pthread.h>
int x;
void *f(void *a){ x++; return 0; }
static void wait_for(pthread_t h){ pthread_join(h,0); }
int main(void){ pthread_t t; for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); wait_for(t);} return x; }

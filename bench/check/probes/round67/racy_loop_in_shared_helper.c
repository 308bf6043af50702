/* TRUTH: racy — the sequential loop lives in run_seq(), called both by main and by thread g; the two loops' f instances overlap */
#include <pthread.h>
int x;
void *f(void *a){ x++; return 0; }
static void run_seq(void){ pthread_t t; for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); pthread_join(t,0);} }
void *g(void *a){ run_seq(); return 0; }
int main(void){ pthread_t h; pthread_create(&h,0,g,0); run_seq(); pthread_join(h,0); return x; }

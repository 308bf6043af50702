/* racy: p = &s.m; unlock(p) releases s.m; w's second x++ is unlocked */
#include <pthread.h>
struct S { int pad; pthread_mutex_t m; } s = { 0, PTHREAD_MUTEX_INITIALIZER };
int x;
void *w(void *a){ pthread_mutex_t *p = &s.m; pthread_mutex_lock(&s.m); x++; pthread_mutex_unlock(p); x++; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_mutex_lock(&s.m); x++; pthread_mutex_unlock(&s.m); pthread_join(t,0); return x; }

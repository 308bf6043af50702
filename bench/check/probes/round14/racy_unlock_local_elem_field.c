/* racy: p = &b[1].m; unlock(p) releases b[1].m; w's second x++ is unlocked */
#include <pthread.h>
struct B { int n; pthread_mutex_t m; } b[2] = { {0, PTHREAD_MUTEX_INITIALIZER}, {0, PTHREAD_MUTEX_INITIALIZER} };
int x;
void *w(void *a){ pthread_mutex_t *p = &b[1].m; pthread_mutex_lock(&b[1].m); x++; pthread_mutex_unlock(p); x++; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_mutex_lock(&b[1].m); x++; pthread_mutex_unlock(&b[1].m); pthread_join(t,0); return x; }

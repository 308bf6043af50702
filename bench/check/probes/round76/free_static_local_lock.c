/* TRUTH: free — the static local mutex in bump() is one object shared by all calls */
#include <pthread.h>
int x;
static void bump(void) { static pthread_mutex_t lk = PTHREAD_MUTEX_INITIALIZER; pthread_mutex_lock(&lk); x++; pthread_mutex_unlock(&lk); }
void *f(void *a) { bump(); return 0; }
int main(void){ pthread_t a, b; pthread_create(&a, 0, f, 0); pthread_create(&b, 0, f, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }

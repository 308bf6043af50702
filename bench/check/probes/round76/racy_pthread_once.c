/* TRUTH: racy — init called directly by both threads */
#include <pthread.h>
int x; pthread_once_t fl = PTHREAD_ONCE_INIT;
static void init(void) { x = 42; }
void *f(void *a) { init(); return (void *)(long)x; }
int main(void){ pthread_t a, b; pthread_create(&a, 0, f, 0); pthread_create(&b, 0, f, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }

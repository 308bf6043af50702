/* TRUTH: racy — TRACE is #undef'd and redefined as ((x)++); both workers' TRACE(level) (line 7) write level with no lock. */
#include <pthread.h>
static int level;
#define TRACE(x) ((void)(x))
#undef TRACE
#define TRACE(x) ((x)++)
static void *worker(void *arg) { (void)arg; TRACE(level); return 0; } // @A
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}

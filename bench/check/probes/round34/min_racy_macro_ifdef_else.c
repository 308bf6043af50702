/* TRUTH: racy — NDEBUG is not defined, so the active TRACE is ((x)++) (the other #define is in the skipped branch); both workers' TRACE(level) (line 9) write level with no lock. */
#include <pthread.h>
static int level;
#ifdef NDEBUG
#define TRACE(x) ((void)0)
#else
#define TRACE(x) ((x)++)
#endif
static void *worker(void *arg) { (void)arg; TRACE(level); return 0; } // @A
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}

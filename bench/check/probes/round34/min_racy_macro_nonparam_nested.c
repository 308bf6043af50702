/* TRUTH: racy — BUMP2 expands to BUMP, which is level++: both workers increment level (line 6) with no lock. */
#include <pthread.h>
static int level;
#define BUMP level++
#define BUMP2 BUMP
static void *worker(void *arg) { (void)arg; BUMP2; return 0; } // @A
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}

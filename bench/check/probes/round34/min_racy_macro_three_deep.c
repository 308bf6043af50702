/* TRUTH: racy — INC3(level) -> INC2(level) -> INC(level) -> ((level)++): both workers increment level (line 7) with no lock. */
#include <pthread.h>
static int level;
#define INC(x) ((x)++)
#define INC2(x) INC(x)
#define INC3(x) INC2(x)
static void *worker(void *arg) { (void)arg; INC3(level); return 0; } // @A
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}

/* racy: after 3 failed tries the do-while body jumps past the loop with goto, so counter++
   can run without m while the other thread holds m and writes counter. */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int counter;
static void *worker(void *a) {
    (void)a;
    int tries = 0;
    int held = 1;
    do {
        if (tries++ == 3) { held = 0; goto out; }
    } while (pthread_mutex_trylock(&m) != 0);
out:
    counter++;
    if (held) pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}

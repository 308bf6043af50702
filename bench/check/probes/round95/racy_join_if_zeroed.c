/* racy: the handle is cleared (t = 0) after the create when argc == 1, so the
   if (t) pthread_join is skipped and main's x++ races with the worker's. */
#include <pthread.h>
static int x;
static void *worker(void *a) { (void)a; x++; return 0; }
int main(int argc, char **argv) {
    (void)argv;
    pthread_t t = 0;
    pthread_create(&t, 0, worker, 0);
    if (argc == 1)
        t = 0;               /* "forget" the thread */
    if (t) pthread_join(t, 0);
    x++;
    return x;
}

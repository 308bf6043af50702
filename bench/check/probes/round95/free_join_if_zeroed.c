/* free: the handle is cleared only after it was joined; the if (t) join then does
   nothing, main's x++ is after the worker's. */
#include <pthread.h>
static int x;
static void *worker(void *a) { (void)a; x++; return 0; }
int main(int argc, char **argv) {
    (void)argv;
    pthread_t t = 0;
    pthread_create(&t, 0, worker, 0);
    pthread_join(t, 0);
    if (argc == 1)
        t = 0;
    if (t) pthread_join(t, 0);
    x++;
    return x;
}

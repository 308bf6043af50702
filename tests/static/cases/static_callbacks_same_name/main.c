// Two files each hand the library a static function of the same name (qsort's cmp): each
// call runs the one its own file defines, not both. Before, main's qsort also ran
// worker.c's cmp, a race on by_worker with the thread's qsort (pixz's tar_read in
// read.c and write.c, given to libarchive, made 18 such findings).
#include <pthread.h>
#include <stdlib.h>

int by_main;
void *worker(void *arg);

static int cmp(const void *a, const void *b)
{
    by_main++; // NORACE: only main's qsort runs this cmp
    (void)a, (void)b;
    return 0;
}

int main(void)
{
    int v[3] = {3, 1, 2};
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    qsort(v, 3, sizeof v[0], cmp);
    pthread_join(t, NULL);
    return by_main;
}

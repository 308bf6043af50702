/* Racy: the __thread qualifier was dropped from my_count when it was moved to a header,
   so all workers increment one shared plain global. */
#include <pthread.h>
#include <stdio.h>

#define NT 4

static long my_count;             /* BUG: was __thread */
static long grand_total;
static pthread_mutex_t gt_m = PTHREAD_MUTEX_INITIALIZER;

static void count_word(const char *w)
{
    if (w[0] != '\0')
        my_count++;
}

static void *worker(void *arg)
{
    static const char *words[] = {"a", "", "bb", "ccc", "", "d"};
    (void)arg;
    for (int r = 0; r < 100; r++)
        for (int i = 0; i < 6; i++)
            count_word(words[i]);
    pthread_mutex_lock(&gt_m);
    grand_total += my_count;
    pthread_mutex_unlock(&gt_m);
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (int i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    printf("%ld (main's own my_count=%ld)\n", grand_total, my_count);
    return 0;
}

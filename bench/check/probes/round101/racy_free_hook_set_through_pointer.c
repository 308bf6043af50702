/* TRUTH: racy — give() stores tally through a pointer to v, so the free hook holds tally, which writes total: main's my_free(j) runs while worker writes total */
#include <pthread.h>
#include <stdlib.h>
static void (*my_free)(void *) = free;
static int total;
static void set_free(void (*f)(void *)) { my_free = f; }
static void tally(void *p) { (void)p; total++; }
static void give(void (**out)(void *)) { *out = tally; }
static void *worker(void *arg) { (void)arg; total++; return NULL; }
int main(void)
{
    void (*v)(void *) = free;
    give(&v);
    set_free(v);
    int *j = malloc(sizeof *j);
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    my_free(j);
    pthread_join(t, NULL);
    return total;
}

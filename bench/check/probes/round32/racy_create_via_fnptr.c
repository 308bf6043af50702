/* TRUTH: racy. pthread_create is called through a function pointer; the worker really runs in a new thread and does counter++ while main does counter++. */
#include <pthread.h>
int counter;
typedef int (*create_fn)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);
static void *worker(void *arg) {
    (void)arg;
    counter++;
    return NULL;
}
int main(void) {
    create_fn mk = pthread_create;
    pthread_t t;
    mk(&t, NULL, worker, NULL);
    counter++;
    pthread_join(t, NULL);
    return counter;
}

/* TRUTH: racy — double-checked locking with a plain pointer: the unlocked first check reads `instance` while another thread writes instance inside the lock; reader (unlocked) vs writer (locked) in two threads. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct registry { int entries; };
static struct registry *instance;
static pthread_mutex_t init_lock = PTHREAD_MUTEX_INITIALIZER;

static struct registry *get_registry(void)
{
    if (instance == NULL) {
        pthread_mutex_lock(&init_lock);
        if (instance == NULL) {
            struct registry *r = calloc(1, sizeof *r);
            instance = r;
        }
        pthread_mutex_unlock(&init_lock);
    }
    return instance;
}

static void *user(void *arg)
{
    (void)arg;
    struct registry *r = get_registry();
    return r;
}

int main(void)
{
    pthread_t a, b;
    void *ra, *rb;
    pthread_create(&a, NULL, user, NULL);
    pthread_create(&b, NULL, user, NULL);
    pthread_join(a, &ra);
    pthread_join(b, &rb);
    printf("%d\n", ra == rb);
    free(instance);
    return 0;
}

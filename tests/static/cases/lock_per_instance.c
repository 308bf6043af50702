// A mutex malloc'ed for each thread in the create loop is each thread's own: two threads
// holding "their" lock hold two locks. A mutex in one object handed to every thread still
// protects.
#include <pthread.h>
#include <stdlib.h>

struct targ {
    pthread_mutex_t m;
    int id;
};
static struct targ ctl = {PTHREAD_MUTEX_INITIALIZER, 0};
static int shared, guarded;

static void *w(void *p)
{
    struct targ *a = p;
    pthread_mutex_lock(&a->m);
    shared += a->id; // RACE (possible): each thread holds its own a->m
    pthread_mutex_unlock(&a->m);
    return NULL;
}

static void *v(void *p)
{
    struct targ *a = p;
    pthread_mutex_lock(&a->m);
    guarded++; // NORACE: every v thread holds ctl.m
    pthread_mutex_unlock(&a->m);
    return NULL;
}

int main(void)
{
    pthread_t t[2], u[2];
    for (int i = 0; i < 2; i++) {
        struct targ *a = malloc(sizeof *a);
        if (!a)
            return 1;
        pthread_mutex_init(&a->m, NULL);
        a->id = i + 1;
        pthread_create(&t[i], NULL, w, a);
        pthread_create(&u[i], NULL, v, &ctl);
    }
    for (int i = 0; i < 2; i++) {
        pthread_join(t[i], NULL);
        pthread_join(u[i], NULL);
    }
    return shared + guarded;
}

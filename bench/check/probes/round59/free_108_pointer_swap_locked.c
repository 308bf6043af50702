/* TRUTH: free — the global pointer active is read and written only under am; the pointed-to conf objects are const and never written; main writes active under am too. */
#include <pthread.h>
#include <stdio.h>

struct conf { int a, b; };
static const struct conf primary = { 1, 2 }, backup = { 3, 4 };
static const struct conf *active = &primary;
static pthread_mutex_t am = PTHREAD_MUTEX_INITIALIZER;

static const struct conf *current(void)
{
    pthread_mutex_lock(&am);
    const struct conf *c = active;
    pthread_mutex_unlock(&am);
    return c;
}

static void *reader(void *x)
{
    int s = 0;
    for (int i = 0; i < 100; i++) {
        const struct conf *c = current();
        s += c->a + c->b;
    }
    *(int *)x = s;
    return NULL;
}

int main(void)
{
    int s = 0;
    pthread_t r;
    pthread_create(&r, NULL, reader, &s);
    pthread_mutex_lock(&am);
    active = &backup;
    pthread_mutex_unlock(&am);
    pthread_join(r, NULL);
    printf("%d\n", s);
    return 0;
}

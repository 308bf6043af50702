/* TRUTH: race-free. inspector names level only in unevaluated operands (sizeof of a non-VLA expression, _Generic's controlling expression, typeof): no access to level happens in inspector, so updater's writes have nothing to conflict with. */
#include <pthread.h>
#include <stdio.h>

int level;

void *updater(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        level = i;
    return NULL;
}

void *inspector(void *arg)
{
    (void)arg;
    size_t a = sizeof level;
    size_t b = sizeof(level + 1);
    int kind = _Generic(level, int: 1, long: 2, default: 3);
    __typeof__(level) copy = 0;
    printf("%zu %zu %d %d\n", a, b, kind, copy);
    return NULL;
}

int main(void)
{
    pthread_t u, s;
    pthread_create(&u, NULL, updater, NULL);
    pthread_create(&s, NULL, inspector, NULL);
    pthread_join(u, NULL);
    pthread_join(s, NULL);
    return 0;
}

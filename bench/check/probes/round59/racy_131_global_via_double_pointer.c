/* TRUTH: racy — the thread writes level through **lvl_pp (lvl_pp -> lvl_p -> level); main writes level by name after pthread_create and before pthread_join; both writes hit the same int unordered. */
#include <pthread.h>
#include <stdio.h>

int level;
int *lvl_p = &level;
int **lvl_pp = &lvl_p;

void *raise_level(void *a)
{
    **lvl_pp = 3;
    return a;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, raise_level, NULL);
    level = 1;
    pthread_join(t, NULL);
    printf("%d\n", level);
    return 0;
}

/* TRUTH: racy — thread 0 gets &items[0]; thread 1 gets (struct item *)((char *)&items[1] - sizeof(struct item)), which is also &items[0]; both write ->count with no synchronization. */
#include <pthread.h>
#include <stdio.h>

struct item { int count; int pad[3]; };
static struct item items[4];

static void *touch(void *p)
{
    struct item *it = p;
    for (int i = 0; i < 10; i++)
        it->count++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    struct item *p0 = &items[0];
    struct item *p1 = (struct item *)((char *)&items[1] - sizeof(struct item));
    pthread_create(&a, NULL, touch, p0);
    pthread_create(&b, NULL, touch, p1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", items[0].count);
    return 0;
}

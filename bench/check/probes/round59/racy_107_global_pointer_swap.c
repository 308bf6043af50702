/* TRUTH: racy — main switches the plain global pointer active (active = &backup) after creating the reader; reader reads active concurrently, so the pointer variable itself is raced (write in main, read in reader). */
#include <pthread.h>
#include <stdio.h>

struct conf { int a, b; };
static const struct conf primary = { 1, 2 }, backup = { 3, 4 };
static const struct conf *active = &primary;

static void *reader(void *x)
{
    int s = 0;
    for (int i = 0; i < 100; i++) {
        const struct conf *c = active;
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
    active = &backup;
    pthread_join(r, NULL);
    printf("%d\n", s);
    return 0;
}

/* TRUTH: racy. The constructor boot() runs before main and starts background(), which increments counter; main also increments counter while background may still run (background is joined only at the end): counter++ in both threads conflict with no order. */
#include <pthread.h>
#include <stdio.h>

int counter;
static pthread_t bg;

void *background(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++)
        counter++;
    return NULL;
}

__attribute__((constructor)) static void boot(void)
{
    pthread_create(&bg, NULL, background, NULL);
}

int main(void)
{
    for (int i = 0; i < 1000; i++)
        counter++;
    pthread_join(bg, NULL);
    printf("%d\n", counter);
    return 0;
}

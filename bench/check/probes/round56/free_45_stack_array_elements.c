/* TRUTH: free — main's local array `cells` is shared by address, but thread i receives &cells[i] and writes only that element; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

static void *bump(void *arg)
{
    int *cell = arg;
    for (int k = 0; k < 10; k++)
        *cell += k;
    return NULL;
}

int main(void)
{
    int cells[3] = { 0, 100, 200 };
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, bump, &cells[i]);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d\n", cells[0], cells[1], cells[2]);
    return 0;
}

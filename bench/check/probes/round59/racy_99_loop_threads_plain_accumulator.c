/* TRUTH: racy — every thread created in the loop executes `grand_total += k` on the same plain global; any two of them write grand_total without ordering. */
#include <pthread.h>
#include <stdio.h>

#define NT 5
long grand_total;

void *add_mine(void *a)
{
    long k = (long)a;
    grand_total += k;
    return NULL;
}

int main(void)
{
    pthread_t ts[NT];
    for (long k = 0; k < NT; k++)
        if (pthread_create(&ts[k], NULL, add_mine, (void *)(k + 1)) != 0)
            return 1;
    for (int k = 0; k < NT; k++)
        pthread_join(ts[k], NULL);
    printf("%ld\n", grand_total);
    return 0;
}

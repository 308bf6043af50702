/* TRUTH: racy — first chunk is [0, MID] inclusive (<=) and second is [MID, LEN); both threads write cells[MID] without synchronization. */
#include <pthread.h>
#include <stdio.h>

#define LEN 64
#define MID (LEN / 2)
float cells[LEN];

void *low_part(void *u)
{
    for (int i = 0; i <= MID; i++)
        cells[i] = 1.0f;
    return u;
}

void *high_part(void *u)
{
    for (int i = MID; i < LEN; i++)
        cells[i] = 2.0f;
    return u;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, low_part, NULL);
    pthread_create(&b, NULL, high_part, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%f\n", cells[MID]);
    return 0;
}

/* TRUTH: race-free. squares[] is written only by build() run once under the function-static
   once object in get_squares(); readers only read it after their own call of get_squares(). */
#include <pthread.h>
#include <stdio.h>

static int squares[16];

static void build(void)
{
    for (int i = 0; i < 16; i++)
        squares[i] = i * i;
}

static const int *get_squares(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, build);
    return squares;
}

static void *reader(void *arg)
{
    long k = (long)arg;
    const int *sq = get_squares();
    return (void *)(long)sq[k];
}

int main(void)
{
    pthread_t t[2];
    void *r0, *r1;
    pthread_create(&t[0], NULL, reader, (void *)3);
    pthread_create(&t[1], NULL, reader, (void *)5);
    pthread_join(t[0], &r0);
    pthread_join(t[1], &r1);
    printf("%ld %ld %d\n", (long)r0, (long)r1, get_squares()[7]);
    return 0;
}

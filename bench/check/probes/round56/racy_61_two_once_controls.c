/* TRUTH: racy — two different pthread_once_t objects both run init_table(), one from each thread, so init_table can run twice concurrently; both runs write table[] (thread A vs thread B). */
#include <pthread.h>
#include <stdio.h>

static int table[16];
static pthread_once_t once_a = PTHREAD_ONCE_INIT;
static pthread_once_t once_b = PTHREAD_ONCE_INIT;

static void init_table(void)
{
    for (int i = 0; i < 16; i++)
        table[i] = i * 3;
}

static void *user_a(void *arg) { (void)arg; pthread_once(&once_a, init_table); return (void *)(long)table[2]; }
static void *user_b(void *arg) { (void)arg; pthread_once(&once_b, init_table); return (void *)(long)table[5]; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, user_a, NULL);
    pthread_create(&b, NULL, user_b, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", table[15]);
    return 0;
}

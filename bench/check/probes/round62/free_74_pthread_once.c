/* TRUTH: free — table is written only inside the pthread_once routine; pthread_once makes that write happen before every caller's return, so both threads' later reads are ordered after it */
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table[16];
static void init_table(void)
{
    for (int i = 0; i < 16; i++)
        table[i] = i * i;
}
static void *user(void *arg)
{
    long id = (long)arg;
    pthread_once(&once, init_table);
    return (void *)(long)table[id];
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, user, (void *)3L);
    pthread_create(&b, NULL, user, (void *)5L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}

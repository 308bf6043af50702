// Another file's declaration extern int count_alias __asm__("counter") is counter itself:
// bump()'s write there races with the thread's read of counter.
#include <pthread.h>

int counter;
void bump(void);

static void *reader(void *arg)
{
    (void)arg;
    return (void *)(long)counter; // RACE
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, reader, NULL);
    bump();
    pthread_join(t, NULL);
    return 0;
}

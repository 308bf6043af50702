// Accesses ordered by thread creation and join do not race.
#include <pthread.h>

static int before, during, after;
static int other;

static void *first(void *arg)
{
    (void)arg;
    before++; // NORACE: main wrote it before creating us and reads it after joining
    during++; // RACE
    return NULL;
}

static void *second(void *arg)
{
    (void)arg;
    other++; // NORACE: first was joined before second was created
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    before = 1; // NORACE
    pthread_create(&a, NULL, first, NULL);
    during = 2; // RACE
    pthread_join(a, NULL);
    after = before; // NORACE
    other = 1; // NORACE: no thread is running
    pthread_create(&b, NULL, second, NULL);
    pthread_join(b, NULL);
    return after + other;
}

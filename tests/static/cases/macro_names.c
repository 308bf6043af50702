// An access inside a macro's expansion is named by its variable ('counter'), not by the macro
// call whose text covers it ('BUMP()').
#include <pthread.h>

#define BUMP() (counter++)

int counter;

static void *worker(void *arg)
{
    (void)arg;
    BUMP(); // RACE (definite): main writes it too
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    counter = 3; // RACE (definite)
    pthread_join(t, NULL);
    return counter; // NORACE: after the join
}

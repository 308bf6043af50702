/* TRUTH: free — fmts[MODE_PLAIN] is "%s (%p)\n", which never writes through its pointer argument; only the tally thread writes tally until join */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

enum { MODE_COLUMNS, MODE_PLAIN };

static const char *const fmts[] = {
    [MODE_COLUMNS] = "%-12s%n\n",
    [MODE_PLAIN] = "%s (%p)\n",
};

static int tally;

static void *tallier(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        tally += 2;
        usleep(100);
    }
    return NULL;
}

static void *printer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        printf(fmts[MODE_PLAIN], "tally", (void *)&tally);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, tallier, NULL);
    pthread_create(&b, NULL, printer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", tally);
    return 0;
}

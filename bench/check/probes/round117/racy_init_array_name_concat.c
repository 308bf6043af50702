/* TRUTH: racy — the section name ".init_" ".array" is one string after concatenation, so the hook runs before main and its thread writes seq while main writes it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static pthread_t ticker;
static unsigned seq;

static void *tick(void *arg)
{
    (void)arg;
    usleep(5000);
    seq++;
    return NULL;
}

static void start_ticker(void)
{
    pthread_create(&ticker, NULL, tick, NULL);
}

static void (*const ticker_hook)(void) __attribute__((section(".init_" "array"), used)) = start_ticker;

int main(void)
{
    seq += 100;
    usleep(10000);
    pthread_join(ticker, NULL);
    printf("seq %u\n", seq);
    return 0;
}

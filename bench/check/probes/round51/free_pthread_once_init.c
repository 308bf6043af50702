/* TRUTH: free — table is initialised inside pthread_once, which synchronises every caller with the init routine; afterwards only read */
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table[16];

static void init_table(void)
{
  for (int i = 0; i < 16; i++)
    table[i] = i * i;
}

void *lookup(void *arg)
{
  pthread_once(&once, init_table);
  return (void *)(long)table[5];
}

int main(void)
{
  pthread_t t[3];
  for (int i = 0; i < 3; i++)
    pthread_create(&t[i], 0, lookup, 0);
  for (int i = 0; i < 3; i++)
    pthread_join(t[i], 0);
  return 0;
}

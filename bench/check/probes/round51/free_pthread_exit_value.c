/* TRUTH: free — threads return results via pthread_exit into their own malloc'd cells; main reads them after pthread_join */
#include <pthread.h>
#include <stdlib.h>
void *square(void *arg)
{
  int *r = malloc(sizeof(int));
  if (r == NULL)
    pthread_exit(NULL);
  *r = (int)(long)arg * (int)(long)arg;
  pthread_exit(r);
}
int main(void)
{
  pthread_t t[3];
  int sum = 0;
  for (long i = 0; i < 3; i++)
    pthread_create(&t[i], 0, square, (void *)i);
  for (int i = 0; i < 3; i++) {
    void *rv;
    pthread_join(t[i], &rv);
    if (rv) {
      sum += *(int *)rv;
      free(rv);
    }
  }
  return sum != 5;
}

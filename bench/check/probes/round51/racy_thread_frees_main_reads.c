/* TRUTH: racy — the cleanup thread frees the session object while main reads a field of it without synchronisation */
#include <pthread.h>
#include <stdlib.h>
struct session { int id; int open; };
struct session *sess;
void *cleanup(void *a)
{
  sess->open = 0;
  free(sess);
  return 0;
}
int main(void)
{
  pthread_t t;
  sess = malloc(sizeof *sess);
  if (!sess)
    return 0;
  sess->id = 1;
  sess->open = 1;
  pthread_create(&t, 0, cleanup, 0);
  int id = sess->id;
  pthread_join(t, 0);
  return id;
}

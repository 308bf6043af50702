/* TRUTH: free — the list head and node links are only read/written while list_lock is held; new nodes are private until linked */
#include <pthread.h>
#include <stdlib.h>
struct item { int key; struct item *next; };
struct item *head;
pthread_mutex_t list_lock = PTHREAD_MUTEX_INITIALIZER;

static int insert(int key)
{
  struct item *n = malloc(sizeof *n);
  if (!n)
    return -1;
  n->key = key;
  pthread_mutex_lock(&list_lock);
  n->next = head;
  head = n;
  pthread_mutex_unlock(&list_lock);
  return 0;
}

static int contains(int key)
{
  int found = 0;
  pthread_mutex_lock(&list_lock);
  for (struct item *p = head; p; p = p->next)
    if (p->key == key) { found = 1; break; }
  pthread_mutex_unlock(&list_lock);
  return found;
}

void *adder(void *arg)
{
  for (int i = 0; i < 3; i++)
    if (insert((int)(long)arg + i) < 0)
      return NULL;
  return NULL;
}

void *finder(void *arg)
{
  return (void *)(long)contains(11);
}

int main(void)
{
  pthread_t a, b, f;
  pthread_create(&a, 0, adder, (void *)10L);
  pthread_create(&b, 0, adder, (void *)20L);
  pthread_create(&f, 0, finder, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  pthread_join(f, 0);
  while (head) {
    struct item *n = head->next;
    free(head);
    head = n;
  }
  return 0;
}
